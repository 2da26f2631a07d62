// A case system's client of the gevoeligheid service in plain Java 17: java.net.http and a small
// JSON reader, no build tool and no libraries.
//
//   javac -d out GevoeligClient.java
//   java -cp out GevoeligClient http://127.0.0.1:8080 ../../examples/05-pig-farm-odour-complaint-wave.json
//
// Set GEVOELIG_TOKEN to an API key when the service has keys. It evaluates the dossier, then a
// dossier with an unknown fact (to read the problem document), then both as an NDJSON stream,
// following the answer line by line as it arrives, and prints what it found, a line each.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

public final class GevoeligClient {
    // HTTP/1.1: over plain http Java's default would offer an upgrade to HTTP/2 (h2c) on each
    // request, which uvicorn does not take, and with it the request's body got lost.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String token;

    GevoeligClient(String base, String token) {
        this.api = base + "/v1"; // the major version is part of the base URL
        this.token = token;
    }

    private HttpRequest.Builder request(String path, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType);
        if (token != null && !token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** POST /v1/evaluate: the result, or the problem document of a refused dossier. */
    HttpResponse<String> evaluate(String dossier, String language) throws IOException, InterruptedException {
        HttpRequest request = request("/evaluate", "application/json").header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(dossier, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POST /v1/batch/stream: each answer line as it arrives. */
    HttpResponse<Stream<String>> stream(List<String> dossiers) throws IOException, InterruptedException {
        String body = String.join("\n", dossiers) + "\n";
        HttpRequest request = request("/batch/stream", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofLines());
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java GevoeligClient BASE_URL DOSSIER.json");
            System.exit(2);
        }
        GevoeligClient client = new GevoeligClient(args[0], System.getenv("GEVOELIG_TOKEN"));
        String dossier = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);

        HttpResponse<String> good = client.evaluate(dossier, "nl");
        if (good.statusCode() != 200) {
            throw new IllegalStateException("evaluate failed: " + good.statusCode() + " " + good.body());
        }
        Map<String, Object> result = Json.object(good.body());
        System.out.println("evaluate classification=" + result.get("classification") + " escalation=" + result.get("escalation")
                + " api-version=" + good.headers().firstValue("API-Version").orElse("?")
                + " ruleset=" + Json.object(Json.write(result.get("ruleset"))).get("version"));

        // A fact no version knows, as a typing mistake in a case system would send it.
        Map<String, Object> wrong = Json.object(dossier);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) wrong.computeIfAbsent("facts", key -> new LinkedHashMap<String, Object>());
        facts.put("subsidy", Boolean.TRUE);
        String bad = Json.write(wrong);
        HttpResponse<String> refused = client.evaluate(bad, "en");
        Map<String, Object> problem = Json.object(refused.body());
        List<String> pointers = new ArrayList<>();
        if (problem.get("invalidParams") instanceof List<?> invalid) { // the Design Rules' form: every wrong place
            for (Object param : invalid) {
                pointers.add(String.valueOf(((Map<?, ?>) param).get("name")));
            }
        } else {
            pointers.add(String.valueOf(problem.get("pointer")));
        }
        System.out.println("problem status=" + refused.statusCode() + " content-type=" + refused.headers().firstValue("Content-Type").orElse("?")
                + " type=" + problem.get("type") + " pointers=" + pointers + " detail=" + problem.get("detail"));

        HttpResponse<Stream<String>> streamed = client.stream(List.of(Json.write(Json.object(dossier)), bad));
        if (streamed.statusCode() != 200) {
            throw new IllegalStateException("stream failed: " + streamed.statusCode());
        }
        boolean done = false;
        try (Stream<String> lines = streamed.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> answer = Json.object(line);
                if (answer.containsKey("done")) {
                    done = Boolean.TRUE.equals(answer.get("done"));
                    System.out.println("stream done=" + answer.get("done") + " evaluated=" + answer.get("evaluated") + " failed=" + answer.get("failed"));
                } else if (answer.containsKey("result")) {
                    Map<?, ?> lineResult = (Map<?, ?>) answer.get("result");
                    System.out.println("stream line=" + answer.get("line") + " classification=" + lineResult.get("classification"));
                } else {
                    Map<?, ?> error = (Map<?, ?>) answer.get("error");
                    System.out.println("stream line=" + answer.get("line") + " error=" + error.get("type"));
                }
            }
        }
        if (!done) {
            throw new IllegalStateException("the stream was cut off before its summary line");
        }
    }

    /** Just enough JSON for this example: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            Json reader = new Json(text);
            Object value = reader.value();
            reader.space();
            if (reader.at != text.length() || !(value instanceof Map)) {
                throw new IllegalArgumentException("not one JSON object");
            }
            return (Map<String, Object>) value;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char next() {
            space();
            if (at >= text.length()) {
                throw new IllegalArgumentException("JSON ends early");
            }
            return text.charAt(at);
        }

        private void expect(char wanted) {
            if (next() != wanted) {
                throw new IllegalArgumentException("expected '" + wanted + "' at " + at);
            }
            at++;
        }

        private Object value() {
            char first = next();
            if (first == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                if (next() == '}') {
                    at++;
                    return map;
                }
                do {
                    String key = string();
                    expect(':');
                    map.put(key, value());
                } while (comma());
                expect('}');
                return map;
            }
            if (first == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                if (next() == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                } while (comma());
                expect(']');
                return list;
            }
            if (first == '"') {
                return string();
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (number.isEmpty()) {
                throw new IllegalArgumentException("unexpected '" + first + "' at " + start);
            }
            return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
        }

        private boolean comma() {
            if (next() == ',') {
                at++;
                return true;
            }
            return false;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped); // \" \\ \/
                }
            }
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int index = 0; index < list.size(); index++) {
                    if (index > 0) {
                        out.append(',');
                    }
                    write(list.get(index), out);
                }
                out.append(']');
            } else if (value instanceof String text) {
                out.append('"');
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            } else {
                out.append(value); // Boolean, Long, Double
            }
        }
    }
}
