package synthlex.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import synthlex.facts.EditsBiometric;
import synthlex.facts.Field;
import synthlex.facts.Flag;
import synthlex.facts.HasCapability;
import synthlex.facts.HasRole;
import synthlex.facts.HoldsSensitiveData;
import synthlex.facts.Count;
import synthlex.facts.ExportExemption;
import synthlex.facts.PublicChannel;
import synthlex.facts.Truth;
import synthlex.model.Code;
import synthlex.model.CrossBorderExemption;
import synthlex.model.SensitiveCategory;
import synthlex.model.ServiceDescription;
import synthlex.model.ServiceDescription.Audience;
import synthlex.model.ServiceDescription.CrossBorder;
import synthlex.model.ServiceDescription.FaceRecognition;
import synthlex.model.ServiceDescription.Users;
import synthlex.model.ServiceDescription.PersonalInformation;
import synthlex.model.ServiceDescription.PublicOpinion;
import synthlex.model.ServiceDescription.Tools;
import synthlex.model.ServiceDescription.Training;

/**
 * Turns a service description into the small facts rules match. Every yes/no field becomes a
 * {@link Flag} (YES, NO or UNKNOWN), so an absent field is visible to the rules as unknown.
 */
final class FactMapper {
    private FactMapper() { }

    static List<Object> facts(ServiceDescription s) {
        List<Object> facts = new ArrayList<>();
        nonNull(s.roles()).forEach(r -> facts.add(new HasRole(r)));
        nonNull(s.capabilities()).forEach(c -> facts.add(new HasCapability(c)));
        facts.add(listFlag(Field.CAPABILITIES, s.capabilities()));

        Audience audience = s.audience() == null ? new Audience(null, null, null, null, null) : s.audience();
        Boolean publicInChina = audience.publicInMainlandChina();
        facts.add(flag(Field.PUBLIC_IN_MAINLAND_CHINA, publicInChina));
        facts.add(impliedByPublic(Field.IN_MAINLAND_CHINA, audience.inMainlandChina(), publicInChina, Truth.YES));
        facts.add(impliedByPublic(Field.INTERNAL_ONLY, audience.internalOnly(), publicInChina, Truth.NO));
        facts.add(flag(Field.MINORS, audience.minors()));
        facts.add(flag(Field.ELDERLY, audience.elderly()));

        PublicOpinion po = s.publicOpinion() == null ? new PublicOpinion(null, null) : s.publicOpinion();
        if (po.channels() != null) po.channels().forEach(c -> facts.add(new PublicChannel(c)));
        facts.add(listFlag(Field.PUBLIC_OPINION_CHANNELS, po.channels()));
        facts.add(flag(Field.SOCIAL_MOBILISATION, po.socialMobilisation()));

        facts.add(flag(Field.INFORMATION_PUBLISHING, s.informationPublishing()));
        Tools tools = s.tools() == null ? new Tools(null, null, null) : s.tools();
        facts.add(flag(Field.TOOLS_OFFERED, tools.offered()));
        facts.add(flag(Field.TOOLS_BIOMETRIC, tools.biometric()));
        facts.add(flag(Field.TOOLS_SENSITIVE_SCENES, tools.sensitiveScenes()));

        if (s.biometricEditing() != null) s.biometricEditing().forEach(k -> facts.add(new EditsBiometric(k)));
        facts.add(listFlag(Field.BIOMETRIC_EDITING, s.biometricEditing()));
        facts.add(flag(Field.EDITING_CHANGES_IDENTITY, s.editingChangesIdentity()));
        facts.add(flag(Field.GENERATIVE_EDITING, s.generativeEditing()));

        facts.add(flag(Field.NEW_FUNCTION, s.newFunction()));
        facts.add(flag(Field.CONTENT_EXPORT, s.contentExport()));
        facts.add(flag(Field.UNLABELLED_ON_REQUEST, s.unlabelledOnRequest()));

        Training t = s.training() == null ? new Training(null, null, null, null) : s.training();
        facts.add(flag(Field.TRAINS_MODELS, t.trainsModels()));
        facts.add(flag(Field.TRAINING_PERSONAL_INFORMATION, t.personalInformation()));
        facts.add(flag(Field.TRAINING_ANNOTATION, t.annotation()));
        facts.add(flag(Field.TRAINING_CRAWLS_WEB_DATA, t.crawlsWebData()));

        PersonalInformation pi = s.personalInformation() == null
                ? new PersonalInformation(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : s.personalInformation();
        facts.add(flag(Field.PROCESSES_PERSONAL_INFORMATION, pi.processes()));
        nonNull(pi.sensitive()).forEach(c -> facts.add(new HoldsSensitiveData(c)));
        facts.add(minorsUnder14(pi.sensitive(), audience.minors()));
        facts.add(new Count(Field.INDIVIDUALS, pi.individuals()));
        facts.add(flag(Field.CROSS_BORDER_TRANSFER, pi.crossBorderTransfer()));
        facts.add(flag(Field.AUTOMATED_DECISION_MAKING, pi.automatedDecisionMaking()));
        facts.add(flag(Field.PROVIDES_TO_OTHER_HANDLERS, pi.providesToOtherHandlers()));
        facts.add(flag(Field.PUBLICLY_DISCLOSES, pi.publiclyDiscloses()));
        facts.add(flag(Field.PUBLIC_PLACE_IMAGE_COLLECTION, pi.publicPlaceImageCollection()));
        facts.add(flag(Field.ENTRUSTED_PROCESSING, pi.entrustedProcessing()));
        facts.add(flag(Field.PROCESSED_IN_MAINLAND_CHINA, pi.processedInMainlandChina()));
        facts.add(flag(Field.PUSH_OR_MARKETING, pi.pushOrMarketing()));
        CrossBorder cb = pi.crossBorder() == null ? new CrossBorder(null, null, null, null) : pi.crossBorder();
        facts.add(new Count(Field.CROSS_BORDER_INDIVIDUALS, cb.individualsThisYear()));
        facts.add(new Count(Field.CROSS_BORDER_SENSITIVE_INDIVIDUALS, cb.sensitiveIndividualsThisYear()));
        facts.add(flag(Field.CROSS_BORDER_IMPORTANT_DATA, cb.importantData()));
        if (cb.exemption() != null && cb.exemption() != CrossBorderExemption.NONE) facts.add(new ExportExemption(cb.exemption()));
        facts.add(cb.exemption() == null ? new Flag(Field.CROSS_BORDER_EXEMPTION, Truth.UNKNOWN)
                : new Flag(Field.CROSS_BORDER_EXEMPTION, Truth.of(cb.exemption() != CrossBorderExemption.NONE),
                        "personalInformation.crossBorder.exemption is " + cb.exemption().code()));
        facts.add(flag(Field.LARGE_PLATFORM, pi.largePlatform()));

        Users users = s.users() == null ? new Users(null, null) : s.users();
        facts.add(new Count(Field.USERS_REGISTERED, users.registered()));
        facts.add(new Count(Field.USERS_MONTHLY_ACTIVE, users.monthlyActive()));
        facts.add(flag(Field.COMPANION_VIRTUAL_INTIMATE_ROLES, s.companion() == null ? null : s.companion().virtualIntimateRoles()));
        FaceRecognition face = s.faceRecognition() == null ? new FaceRecognition(null, null, null, null) : s.faceRecognition();
        facts.add(faceRecognitionUsed(face.used(), pi));
        facts.add(new Count(Field.FACE_RECOGNITION_INDIVIDUALS_STORED, face.individualsStored()));
        facts.add(flag(Field.FACE_RECOGNITION_ONLY_METHOD, face.onlyMethod()));
        facts.add(flag(Field.FACE_RECOGNITION_PUBLIC_PLACES, face.publicPlaces()));

        facts.add(flag(Field.CRITICAL_INFORMATION_INFRASTRUCTURE, s.criticalInformationInfrastructure()));
        facts.add(flag(Field.NEWS, s.news()));
        facts.add(flag(Field.WORKERS, s.workers()));
        facts.add(flag(Field.CONSUMER_PRICING, s.consumerPricing()));
        facts.add(flag(Field.RESEARCH_ONLY, s.researchOnly()));
        facts.add(flag(Field.MEDIA_SERVICES, s.mediaServices()));
        return facts;
    }

    private static Flag flag(Field field, Boolean value) {
        return new Flag(field, Truth.of(value));
    }

    /**
     * A fact that {@code publicInMainlandChina: true} settles when the client leaves it out: offered
     * to the public in mainland China means offered in mainland China, and not internal-only.
     */
    private static Flag impliedByPublic(Field field, Boolean value, Boolean publicInChina, Truth implied) {
        if (value == null && Boolean.TRUE.equals(publicInChina)) {
            return new Flag(field, implied, field.is(implied) + " (audience.publicInMainlandChina is true)");
        }
        return flag(field, value);
    }

    /**
     * Whether information of children under 14 is processed: listed in personalInformation.sensitive,
     * or not (a list given without it, or no minors at all); unknown when no list is given and minors
     * may use the service, since an absent list otherwise means "none".
     */
    private static Flag minorsUnder14(java.util.List<SensitiveCategory> sensitive, Boolean minors) {
        if (sensitive != null && sensitive.contains(SensitiveCategory.MINOR_UNDER_14)) {
            return new Flag(Field.MINORS_UNDER_14, Truth.YES, "personalInformation.sensitive contains minor-under-14");
        }
        if (sensitive != null) return new Flag(Field.MINORS_UNDER_14, Truth.NO, "personalInformation.sensitive does not list minor-under-14");
        if (Boolean.FALSE.equals(minors)) return new Flag(Field.MINORS_UNDER_14, Truth.NO, "audience.minors is false");
        return new Flag(Field.MINORS_UNDER_14, Truth.UNKNOWN);
    }

    /**
     * Whether the service identifies people by their faces: as the client says; otherwise no when it
     * processes no personal information, or lists its sensitive categories without biometric (facial
     * information is biometric, PIPL Art. 28(1)); unknown else.
     */
    private static Flag faceRecognitionUsed(Boolean used, PersonalInformation pi) {
        if (used != null) return flag(Field.FACE_RECOGNITION_USED, used);
        if (Boolean.FALSE.equals(pi.processes())) {
            return new Flag(Field.FACE_RECOGNITION_USED, Truth.NO, "faceRecognition.used is false (personalInformation.processes is false)");
        }
        if (pi.sensitive() != null && !pi.sensitive().contains(SensitiveCategory.BIOMETRIC)) {
            return new Flag(Field.FACE_RECOGNITION_USED, Truth.NO, "faceRecognition.used is false (personalInformation.sensitive does not list biometric)");
        }
        return new Flag(Field.FACE_RECOGNITION_USED, Truth.UNKNOWN);
    }

    /** An array whose absence means unknown: YES when it lists something, NO when it is []. */
    private static <E extends Code> Flag listFlag(Field field, List<E> values) {
        if (values == null) return new Flag(field, Truth.UNKNOWN);
        if (values.isEmpty()) return new Flag(field, Truth.NO, field.path() + " is empty");
        String listed = values.stream().map(Code::code).distinct().collect(Collectors.joining(", "));
        return new Flag(field, Truth.YES, field.path() + " contains " + listed);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().distinct().map(Function.<T>identity()).toList();
    }
}
