package ma.majlis.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list: the items, the page number (from 0), the page size and the total number of items. */
public record PageView<T>(List<T> items,
                          @Schema(description = "the page, from 0", example = "0") int page,
                          @Schema(description = "items per page, 1 to 100", example = "20") int size,
                          @Schema(description = "items in all pages", example = "3") long total) {
}
