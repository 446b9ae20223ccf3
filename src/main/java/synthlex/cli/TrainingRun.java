package synthlex.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The build's training run for class-data sharing ({@code serve --exit-when-ready}, see pom.xml):
 * one evaluation through the running server, so that the classes of a whole request (parsing and
 * validation, the rule engine, JSON) are in the archive the next start maps instead of loading,
 * then a reload, for the classes of reading compiled rules back, lint and the scenarios.
 */
final class TrainingRun {
    /** A service most rules apply to, with some facts left unknown. */
    private static final String SERVICE = """
            {"name": "training run", "roles": ["service-provider", "content-platform"],
             "audience": {"publicInMainlandChina": true},
             "capabilities": ["chat", "face-swap", "voice-cloning", "image-generation", "personalized-recommendation"],
             "publicOpinion": {"channels": ["comments"]}, "biometricEditing": ["face"],
             "personalInformation": {"processes": true, "sensitive": ["biometric"]}}
            """;

    private TrainingRun() { }

    /**
     * A reload: the rules read back from the cache the start wrote (a build's start compiles, every
     * later start reads), then lint and every scenario, so the classes of those paths, and of the
     * lawyers' commands that share them (lint, test-scenarios), are in the archive too.
     */
    static void reload(synthlex.reload.RuleBaseHolder holder) throws IOException {
        synthlex.reload.ReloadOutcome outcome = holder.reload();
        if (!outcome.swapped()) throw new IOException("the training reload was refused: " + outcome.errors());
    }

    static void evaluateOnce(String host, int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/v1/evaluations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SERVICE)).build();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) throw new IOException("the training evaluation answered " + response.statusCode());
    }
}
