package ma.majlis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Majlis: the sessions of a board of directors, run as BPMN processes on Camunda 7. */
@SpringBootApplication
@EnableScheduling
public class MajlisApplication {

  public static void main(String[] args) {
    SpringApplication.run(MajlisApplication.class, args);
  }
}
