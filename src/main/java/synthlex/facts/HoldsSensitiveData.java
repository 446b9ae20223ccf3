package synthlex.facts;

import synthlex.model.SensitiveCategory;

/** The service processes this category of sensitive personal information (PIPL Art. 28). */
public record HoldsSensitiveData(SensitiveCategory category) implements Evidence {
    private static final String[] BECAUSE = Evidence.words("personalInformation.sensitive contains ", SensitiveCategory.values());

    @Override public String because() { return BECAUSE[category.ordinal()]; }
}
