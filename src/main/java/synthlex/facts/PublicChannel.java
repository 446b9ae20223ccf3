package synthlex.facts;

import synthlex.model.Channel;

/** The service has this public-expression feature (API `publicOpinion.channels`). */
public record PublicChannel(Channel channel) implements Evidence {
    @Override public String because() { return "publicOpinion.channels contains " + channel.code(); }
}
