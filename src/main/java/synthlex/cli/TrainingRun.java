package synthlex.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The build's training run for class-data sharing ({@code serve --exit-when-ready}, see pom.xml):
 * one evaluation through the running server, so that the classes of a whole request (parsing and
 * validation, the rule engine, JSON) are in the archive the next start maps instead of loading.
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
     * The build's start compiled the rules (nothing was cached for a new build); every later start
     * reads them back from the cache instead, so those classes belong in the archive too.
     */
    static void readCompiledRules(java.nio.file.Path rulesDir) {
        synthlex.rules.RuleBaseLoader.load(rulesDir);
    }

    static void evaluateOnce(String host, int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/v1/evaluations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SERVICE)).build();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) throw new IOException("the training evaluation answered " + response.statusCode());
    }
}
