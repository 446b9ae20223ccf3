package synthlex.timing;

import com.fasterxml.jackson.annotation.JsonValue;
import synthlex.model.Code;

/**
 * When a duty must be met (the answer's {@code timing.when}), in the order a plan takes them:
 * <ul>
 * <li>{@code before-launch}: done before the service, the function or the processing the rule matches
 *   goes live (a security assessment, a licence, an impact assessment "事前", a transfer condition);</li>
 * <li>{@code at-launch}: in place from the first day the service is offered, because the text ties it
 *   to providing the service or its output (labels, real-name checks, notices and consents given
 *   before processing, options and channels users must be offered);</li>
 * <li>{@code within}: within a period the law fixes, counted from an event ({@code from});</li>
 * <li>{@code periodic}: again and again, every {@code every} where the law fixes the interval
 *   ("每年", "每两年"), without it where the law only says "定期";</li>
 * <li>{@code on-event}: when an event happens ({@code from}), with no period ("及时", "立即");</li>
 * <li>{@code ongoing}: standing duties and prohibitions for which the law gives no time.</li>
 * </ul>
 */
public enum When implements Code {
    BEFORE_LAUNCH, AT_LAUNCH, WITHIN, PERIODIC, ON_EVENT, ONGOING;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
