package org.mfaportal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape in which every portal REST API (account and admin) refuses a request: {"error": a
 * code a program can test, "error_description": a sentence for the person}, and for a refused
 * setting also "setting", the key at fault, and for a refused field of a request body "field", the
 * field at fault. Nothing changed when this is the answer.
 */
@JsonPropertyOrder({"error", "setting", "field", "error_description"})
public record JsonError(
        @JsonProperty("error") String error,
        @JsonProperty("setting") @JsonInclude(JsonInclude.Include.NON_NULL) String setting,
        @JsonProperty("field") @JsonInclude(JsonInclude.Include.NON_NULL) String field,
        @JsonProperty("error_description") String description) {

    public JsonError(String error, String setting, String description) {
        this(error, setting, null, description);
    }

    public static Response response(int status, String error, String description) {
        return respond(status, new JsonError(error, null, description));
    }

    public static Response badRequest(String error, String description) {
        return response(Response.Status.BAD_REQUEST.getStatusCode(), error, description);
    }

    /** A settings change refused because of one setting. */
    public static Response badSetting(String setting, String description) {
        return respond(
                Response.Status.BAD_REQUEST.getStatusCode(),
                new JsonError("invalid_setting", setting, description));
    }

    /** A request refused because of one field of its body. */
    public static Response badField(String error, String field, String description) {
        return respond(
                Response.Status.BAD_REQUEST.getStatusCode(),
                new JsonError(error, null, field, description));
    }

    private static Response respond(int status, JsonError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
