package ma.majlis.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port), started once and shared by every application
 * test, so that all of them run in one Spring context with mail switched on, as in production.
 */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {
  }

  public static synchronized GreenMail get() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }
}
