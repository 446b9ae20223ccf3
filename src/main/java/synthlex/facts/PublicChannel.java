package synthlex.facts;

import synthlex.model.Channel;

/** The service has this public-expression feature (API `publicOpinion.channels`). */
public record PublicChannel(Channel channel) implements Evidence {
    private static final String[] BECAUSE = Evidence.words("publicOpinion.channels contains ", Channel.values());

    @Override public String because() { return BECAUSE[channel.ordinal()]; }
}
