package ru.gkh.cabinet.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls of the application's own methods in page expressions ({@code #{s.number()}}, {@code #{fmt.money(x)}}), with the
 * method found once per class, name and number of arguments. The records the services return have no getters, so the
 * pages call their accessors, and the standard resolver looks a called method up afresh on every call: it copies every
 * public method of the class to choose one (under load, a tenth of the CPU of a residents' page and most of what it
 * allocated). Only an unambiguous method is kept: one public, non-bridge, fixed-arity method of that name and arity
 * on a public class of the application; any other call (overloads, varargs, other libraries' classes, method
 * expressions of actions, which come with their parameter types) is left to the standard resolvers, as is every
 * property. Arguments are coerced by the EL's own rules, as the standard resolver does.
 */
public class KnownMethodCalls extends ELResolver {

    private static final String OWN = "ru.gkh.cabinet.";

    private final ClassValue<Map<String, Optional<Method>>> methods = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || paramTypes != null || !(method instanceof String name) || !base.getClass().getName().startsWith(OWN)) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Method target = methods.get(base.getClass()).computeIfAbsent(name + '/' + arity, k -> only(base.getClass(), name, arity))
                .orElse(null);
        if (target == null) {
            return null;
        }
        Object[] args = new Object[arity];
        Class<?>[] types = target.getParameterTypes();
        for (int i = 0; i < arity; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        Object result;
        try {
            result = target.invoke(base, args);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one public method of that name and arity the expression can only mean, if there is exactly one. */
    static Optional<Method> only(Class<?> type, String name, int arity) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge()) {
                if (found != null || m.isVarArgs()) {
                    return Optional.empty();
                }
                found = m;
            }
        }
        return found != null && Modifier.isPublic(found.getDeclaringClass().getModifiers()) ? Optional.of(found) : Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the standard resolvers'
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
