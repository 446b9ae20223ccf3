package synthlex.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import synthlex.model.ServiceDescription;

/** The body of POST /v1/timelines: a service description plus {@code from} and {@code to} dates. */
public record TimelineRequest(ServiceDescription service, LocalDate from, LocalDate to) {

    public static TimelineRequest parse(String json) {
        JsonNode node = ServiceDescriptionParser.readTree(json);
        if (!node.isObject()) {
            throw new InvalidInputException("Invalid timeline request", List.of(new InputError("", "must be an object")));
        }
        ObjectNode service = ((ObjectNode) node).deepCopy();
        List<InputError> errors = new ArrayList<>();
        LocalDate from = date(service.remove("from"), "/from", errors);
        LocalDate to = date(service.remove("to"), "/to", errors);
        if (from != null && to != null && to.isBefore(from)) errors.add(new InputError("/to", "must not be before from (" + from + ")"));
        errors.addAll(ServiceDescriptionParser.validate(service));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Invalid timeline request",
                    errors.stream().sorted(java.util.Comparator.comparing(InputError::pointer)).toList());
        }
        return new TimelineRequest(ServiceDescriptionParser.parse(service), from, to);
    }

    private static LocalDate date(JsonNode value, String pointer, List<InputError> errors) {
        if (value == null || value.isNull()) {
            errors.add(new InputError(pointer, "'" + pointer.substring(1) + "' is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            if (!value.isTextual() || !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", "", 0);
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(new InputError(pointer, value + " is not a date of the form YYYY-MM-DD"));
            return null;
        }
    }
}
