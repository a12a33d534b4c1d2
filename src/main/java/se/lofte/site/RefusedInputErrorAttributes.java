package se.lofte.site;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes, and as {@code refused} the input {@link ControlCharacterGuard} refused, so that the
 * error page names the field instead of only saying that the request could not be handled, or what
 * {@link DatabaseAway} has to say beyond the general message.
 */
@Component
@ConditionalOnWebApplication
class RefusedInputErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object refused = request.getAttribute(ControlCharacterGuard.REFUSED, RequestAttributes.SCOPE_REQUEST);
        if (refused == null) {
            refused = request.getAttribute(DatabaseAway.MESSAGE, RequestAttributes.SCOPE_REQUEST);
        }
        if (refused != null) {
            attributes.put("refused", refused);
        }
        return attributes;
    }
}
