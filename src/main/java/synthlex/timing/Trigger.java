package synthlex.timing;

import com.fasterxml.jackson.annotation.JsonValue;
import synthlex.model.Code;

/**
 * What starts the clock (the answer's {@code timing.from}): a small closed list, so that every
 * rule names its event the same way and a plan can group by it.
 */
public enum Trigger implements Code {
    /** The service (or the function or processing the rule matches) is first provided: "提供服务之日", "上线". */
    LAUNCH,
    /** Something filed, notified or consented to changes: "变更之日", "发生变更的". */
    CHANGE,
    /** The service, the processing or the contract under which it is done ends: "终止服务", "停止提供". */
    SERVICE_END,
    /** A volume the law names is reached: "达到10万人之日", users or individuals at a threshold. */
    THRESHOLD_REACHED,
    /** An individual, user or guardian asks: rights requests, refusals, a user asking to leave. */
    REQUEST,
    /** A complaint, report or appeal comes in: "及时受理、处理". */
    COMPLAINT,
    /** A security incident, or a leak, tampering or loss of data, happens or may happen: "发生或者可能发生". */
    INCIDENT,
    /** The provider finds something it must act on: illegal or harmful information, a violation, a risk, a user in crisis: "发现". */
    DISCOVERY,
    /** An authority inspects, requires or orders: "监督检查", "按照要求". */
    AUTHORITY_REQUEST,
    /** An app is submitted for listing in (or reviewed by) an app store: "上架审核". */
    LISTING,
    /** A filing is completed and its number issued: "完成备案的". */
    FILING_COMPLETED,
    /** A merger, division, dissolution or bankruptcy: "合并、分立、解散、破产". */
    RESTRUCTURING;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
