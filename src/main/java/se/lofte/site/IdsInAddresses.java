package se.lofte.site;

import java.lang.reflect.RecordComponent;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the modules' ids from addresses and forms: a path variable or parameter of a type such as
 * {@code PromiseId} or {@code OrganisationId} (a record {@code se.lofte.…Id} of one {@code long}) is parsed
 * and constructed here, one rule for all of them. Text that is not a number fails the conversion, which
 * {@link Refusals} answers with 404 for a path and 400 for a parameter, as for any other type.
 */
@Configuration(proxyBeanMethods = false)
class IdsInAddresses implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new FromText());
    }

    static final class FromText implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, Record.class));
        }

        @Override
        public boolean matches(TypeDescriptor source, TypeDescriptor target) {
            return isId(target.getType());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null || ((String) source).isBlank()) {
                return null;
            }
            long value = Long.parseLong(((String) source).strip());
            try {
                return targetType.getType().getDeclaredConstructor(long.class).newInstance(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot construct " + targetType.getType().getName(), e);
            }
        }

        static boolean isId(Class<?> type) {
            if (!type.isRecord() || !type.getName().startsWith("se.lofte.") || !type.getSimpleName().endsWith("Id")) {
                return false;
            }
            RecordComponent[] components = type.getRecordComponents();
            return components.length == 1 && components[0].getType() == long.class;
        }
    }
}
