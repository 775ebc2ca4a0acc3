package io.aiva.web.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the generated enums of a contract ({@code ?status=pending}) by their wire values, and refuses
 * an unknown value with a 400 that names the parameter and lists the values it takes, where JAX-RS
 * alone would answer a query or path parameter it cannot convert with a bare 404.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        Method fromValue;
        try {
            fromValue = rawType.getMethod("fromValue", String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (!Modifier.isStatic(fromValue.getModifiers())) {
            return null;
        }
        String parameter = parameterName(annotations);
        String accepted = Arrays.stream(rawType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                try {
                    return fromValue.invoke(null, value);
                } catch (InvocationTargetException e) {
                    throw new InvalidParameterException(parameter, "must be one of: " + accepted);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("a generated enum's fromValue is public", e);
                }
            }

            @Override
            public String toString(Object value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
