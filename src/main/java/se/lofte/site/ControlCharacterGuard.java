package se.lofte.site;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.ControlCharacters;
import se.lofte.shared.Problem;

/**
 * Refuses with 400 every request that carries a {@link ControlCharacters control character} in its path, a
 * parameter (query, form, or a field of a multipart form) or a string of its JSON body, before any controller
 * or query sees it: PostgreSQL refuses NUL in text, which reached a query as a 500, and no form field, filter
 * or API field means any of them. Pages get the error page saying which field, in the reader's language; the
 * API and requests for JSON get an RFC 9457 problem with the field's name (a JSON pointer for a body). The
 * files of a multipart request are not read here: importers read them and report what is wrong in them.
 */
@Component
@ConditionalOnWebApplication
@Order(ControlCharacterGuard.ORDER)
class ControlCharacterGuard extends OncePerRequestFilter {

    /**
     * After Boot's character encoding filter ({@code Integer.MIN_VALUE}), so that the form is decoded as UTF-8
     * when it is first read here (read as Latin-1, the Å of UTF-8 would hold the control U+0085); before Spring
     * Session ({@code Integer.MIN_VALUE + 50}), so that a refused request never reads or writes a session. The
     * public page cache runs before it and passes such requests on without keeping or serving anything.
     */
    static final int ORDER = Integer.MIN_VALUE + 10;

    /** The request attribute holding the refusal, as a {@link Problem}, for the error page. */
    static final String REFUSED = ControlCharacterGuard.class.getName() + ".refused";

    private static final Logger log = LoggerFactory.getLogger(ControlCharacterGuard.class);

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver languages;
    private final long largestBody;

    ControlCharacterGuard(JsonMapper json, MessageSource messages, LocaleResolver languages,
                          @Value("${spring.servlet.multipart.max-request-size}") DataSize largestBody) {
        this.json = json;
        this.messages = messages;
        this.languages = languages;
        this.largestBody = largestBody.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        Problem refused = inPath(request);
        if (refused == null) {
            refused = inParameters(request);
        }
        if (refused == null && isJson(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, largestBody + 1));
            if (body.length > largestBody) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            checked = new ReadAgain(request, body);
            refused = inJson(body);
        }
        if (refused == null) {
            chain.doFilter(checked, response);
            return;
        }
        log.info("Refused {} {} with 400: control character {} in {}", request.getMethod(),
                ControlCharacters.visible(path(request)), refused.args().getLast(),
                refused.field() == null ? "the path" : "field " + refused.field());
        EarlyAnswerHeaders.write(response);
        if (answersInJson(request)) {
            problem(request, response, refused);
        } else {
            request.setAttribute(REFUSED, refused);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** The decoded path: Tomcat has turned {@code %01} into the character by now. */
    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }

    private static Problem inPath(HttpServletRequest request) {
        String path = path(request);
        int at = ControlCharacters.indexIn(path);
        return at < 0 ? null : Problem.of(null, "error.controlCharacter.path", ControlCharacters.name(path.charAt(at)));
    }

    /** Query and form parameters, and the fields of a multipart form (its files are no parameters). */
    private static Problem inParameters(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            Problem refused = inField(name, name);
            for (int i = 0; refused == null && i < parameter.getValue().length; i++) {
                refused = inField(name, parameter.getValue()[i]);
            }
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    private Problem inJson(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
                    String pointer = parser.streamReadContext().pathAsPointer().toString();
                    Problem refused = inField(pointer, parser.getString());
                    if (refused != null) {
                        return refused;
                    }
                }
            }
        } catch (JacksonException e) {
            // Not JSON after all (a raw control character is not JSON either): whoever reads it refuses it.
        }
        return null;
    }

    private static Problem inField(String field, String text) {
        // A parameter without a value ("?utskrift") is an empty string in Tomcat but may be null elsewhere.
        int at = text == null ? -1 : ControlCharacters.indexIn(text);
        if (at < 0) {
            return null;
        }
        String name = ControlCharacters.visible(field);
        return Problem.of(name, "error.controlCharacter.field", name, ControlCharacters.name(text.charAt(at)));
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return "application".equals(media.getType())
                    && ("json".equals(media.getSubtype()) || media.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The API answers in JSON, and so do pages' scripts asking for JSON; a browser asking for HTML gets a page. */
    private static boolean answersInJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return false;
        }
        return request.getRequestURI().startsWith("/api/") || accept != null && accept.contains("json");
    }

    /** An RFC 9457 problem, in English for the API (like its other problems), else in the reader's language. */
    private void problem(HttpServletRequest request, HttpServletResponse response, Problem refused) throws IOException {
        Locale locale = request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : languages.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Bad Request");
        problem.put("status", HttpServletResponse.SC_BAD_REQUEST);
        problem.put("detail", messages.getMessage(refused.code(), refused.args().toArray(), locale));
        problem.put("instance", request.getRequestURI());
        if (refused.field() != null) {
            problem.put("field", refused.field());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body read here, so that whoever comes next reads it again from the start. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    return in.read(bytes, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** Everything is here already: the listener hears at once that it is, and that it is all. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
