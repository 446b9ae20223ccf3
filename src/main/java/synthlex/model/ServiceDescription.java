package synthlex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The request body of POST /v1/evaluations, as API.md defines it. A {@code null} Boolean or array
 * is unknown, never false: the evaluator turns each into a fact the rules can see as unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceDescription(
        String name,
        LocalDate asOf,
        List<Role> roles,
        Audience audience,
        List<Capability> capabilities,
        PublicOpinion publicOpinion,
        Boolean informationPublishing,
        Tools tools,
        List<BiometricKind> biometricEditing,
        Boolean newFunction,
        Boolean contentExport,
        Boolean unlabelledOnRequest,
        Training training,
        PersonalInformation personalInformation,
        Boolean news,
        Boolean workers,
        Boolean consumerPricing,
        Boolean researchOnly,
        Boolean mediaServices) {

    public record Audience(Boolean publicInMainlandChina, Boolean minors, Boolean elderly) { }

    public record PublicOpinion(List<Channel> channels, Boolean socialMobilisation) { }

    public record Tools(Boolean offered, Boolean biometric, Boolean sensitiveScenes) { }

    public record Training(Boolean trainsModels, Boolean personalInformation, Boolean annotation) { }

    public record PersonalInformation(
            Boolean processes,
            List<SensitiveCategory> sensitive,
            Long individuals,
            Boolean crossBorderTransfer,
            Boolean automatedDecisionMaking,
            Boolean providesToOtherHandlers,
            Boolean publiclyDiscloses,
            Boolean publicPlaceImageCollection,
            Boolean entrustedProcessing,
            Boolean largePlatform) { }

    /** The same service judged on another day (the request's own asOf is only a default). */
    public ServiceDescription withAsOf(LocalDate date) {
        return new ServiceDescription(name, date, roles, audience, capabilities, publicOpinion, informationPublishing,
                tools, biometricEditing, newFunction, contentExport, unlabelledOnRequest, training,
                personalInformation, news, workers, consumerPricing, researchOnly, mediaServices);
    }
}
