package synthlex.facts;

import java.util.List;

/**
 * One obligation rule that fired: which rule, whether what it matched is known, and why. The
 * evaluator merges findings of the same obligation id and reads kind, bearer and citations from
 * the rule's metadata.
 *
 * @param matched plain words for every fact and classification the rule matched, for the trace
 */
public record Finding(String rule, Status status, List<String> because, List<Field> missing, List<String> matched) { }
