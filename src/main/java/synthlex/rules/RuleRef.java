package synthlex.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.Map;
import synthlex.json.PreRendered;

/**
 * Where a rule is: its name, file and line, as answers name the rule behind an obligation. Made
 * once per rule when the rule base loads, with its JSON ({@code name}, {@code file}, {@code line})
 * rendered then, since every answer repeats it.
 */
@JsonSerialize(using = PreRendered.Serializer.class)
public record RuleRef(String name, String file, int line, @JsonIgnore SerializedString json) implements PreRendered {

    public RuleRef(String name, String file, int line) {
        this(name, file, line, render(name, file, line));
    }

    private static SerializedString render(String name, String file, int line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("file", file);
        m.put("line", line);
        return PreRendered.render(m);
    }
}
