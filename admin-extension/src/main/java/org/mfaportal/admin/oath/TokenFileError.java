package org.mfaportal.admin.oath;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mfaportal.oath.TokenFileException;

/**
 * The refusal of an import, in the portal's error shape plus where the fault is, so that a screen
 * can point at it: {@code record} (from 1; absent for the file as a whole), named {@code line} in a
 * CSV file or {@code keyPackage} in a PSKC file, the record's {@code serial} where it was read, and
 * the {@code reason} without the record's number. Nothing was imported.
 */
@JsonPropertyOrder({
    "error",
    "error_description",
    "record",
    "line",
    "keyPackage",
    "serial",
    "reason"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenFileError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String description,
        @JsonProperty("record") Integer record,
        @JsonProperty("line") Integer line,
        @JsonProperty("keyPackage") Integer keyPackage,
        @JsonProperty("serial") String serial,
        @JsonProperty("reason") String reason) {

    static Response refuse(String format, TokenFileException e) {
        Integer record = e.record() == 0 ? null : e.record();
        boolean csv = "csv".equals(format);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(
                        new TokenFileError(
                                "invalid_token_file",
                                e.getMessage(),
                                record,
                                csv ? record : null,
                                csv || record == null ? null : record,
                                e.serial(),
                                e.reason()))
                .build();
    }
}
