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
        LocalDate launchDate,
        List<Role> roles,
        Audience audience,
        List<Capability> capabilities,
        PublicOpinion publicOpinion,
        Boolean informationPublishing,
        Tools tools,
        List<BiometricKind> biometricEditing,
        Boolean editingChangesIdentity,
        Boolean generativeEditing,
        Boolean newFunction,
        Boolean contentExport,
        Boolean unlabelledOnRequest,
        Training training,
        PersonalInformation personalInformation,
        Users users,
        Companion companion,
        FaceRecognition faceRecognition,
        Boolean criticalInformationInfrastructure,
        Boolean news,
        Boolean workers,
        Boolean consumerPricing,
        Boolean researchOnly,
        Boolean mediaServices) {

    /**
     * Who is served. {@code inMainlandChina}: anyone in mainland China at all (DSP/ARP/LM Art. 2,
     * PIPL Art. 3); {@code publicInMainlandChina}: the public there (GAIM Art. 2), which implies it;
     * {@code internalOnly}: only the operator's own staff over an internal network (an extension).
     */
    public record Audience(Boolean publicInMainlandChina, Boolean minors, Boolean elderly, Boolean inMainlandChina,
                           Boolean internalOnly) { }

    public record PublicOpinion(List<Channel> channels, Boolean socialMobilisation) { }

    public record Tools(Boolean offered, Boolean biometric, Boolean sensitiveScenes) { }

    public record Training(Boolean trainsModels, Boolean personalInformation, Boolean annotation, Boolean crawlsWebData) { }

    /** How many users the service has (AHIM Art. 22, NDSMR Art. 62 large platforms). */
    public record Users(Long registered, Long monthlyActive) { }

    /** Companion features (Anthropomorphic AI Interaction Measures). */
    public record Companion(Boolean virtualIntimateRoles) { }

    /** Face recognition (Face Recognition Measures Art. 2): used, faces stored, the only method, in public places. */
    public record FaceRecognition(Boolean used, Long individualsStored, Boolean onlyMethod, Boolean publicPlaces) { }

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
            Boolean largePlatform,
            CrossBorder crossBorder,
            Boolean processedInMainlandChina,
            Boolean pushOrMarketing) { }

    /** What has been provided abroad since 1 January of the current year (Cross-Border Data Flow Provisions Arts. 5-8). */
    public record CrossBorder(Long individualsThisYear, Long sensitiveIndividualsThisYear, Boolean importantData,
                              CrossBorderExemption exemption) { }

    /** The same service judged on another day (the request's own asOf is only a default). */
    public ServiceDescription withAsOf(LocalDate date) {
        return new ServiceDescription(name, date, launchDate, roles, audience, capabilities, publicOpinion, informationPublishing,
                tools, biometricEditing, editingChangesIdentity, generativeEditing, newFunction, contentExport,
                unlabelledOnRequest, training, personalInformation, users, companion, faceRecognition,
                criticalInformationInfrastructure, news, workers,
                consumerPricing, researchOnly, mediaServices);
    }
}
