package synthlex.facts;

import synthlex.model.SensitiveCategory;

/** The service processes this category of sensitive personal information (PIPL Art. 28). */
public record HoldsSensitiveData(SensitiveCategory category) implements Evidence {
    @Override public String because() { return "personalInformation.sensitive contains " + category.code(); }
}
