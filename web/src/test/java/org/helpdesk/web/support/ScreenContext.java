package org.helpdesk.web.support;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.context.PartialViewContextWrapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The little of a Faces request that {@link Messages} and {@link Formats} use, outside a server: the screens' bundle
 * ({@code msg}) in the language of a user not signed in whose browser asks for {@code locale}, the messages added to
 * the page, the scripts queued for the ajax answer and the request's attributes; and the one bean they look up,
 * {@code fmt}. Current for the thread until {@link #close()}.
 */
final class ScreenContext extends FacesContextWrapper implements AutoCloseable {

    final List<FacesMessage> messages = new ArrayList<>();
    final List<String> scripts = new ArrayList<>();
    final Map<String, Object> requestAttributes = new HashMap<>();

    private final Locale locale;

    private ScreenContext(Locale locale) {
        super(null);
        this.locale = locale;
    }

    /** A request from a browser that asks for {@code locale}, current until closed. */
    static ScreenContext in(Locale locale) {
        ScreenContext context = new ScreenContext(locale);
        setCurrentInstance(context);
        CDI.setCDIProvider(FormatsOnly::new);
        return context;
    }

    /** The formats bean as the request sees it, for the user of this request. */
    static Formats formats() {
        Formats formats = new Formats();
        try {
            Field session = Formats.class.getDeclaredField("session");
            session.setAccessible(true);
            session.set(formats, new UserSession());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return formats;
    }

    /** @return the texts of the messages added to the page, in order */
    List<String> texts() {
        return messages.stream().map(FacesMessage::getSummary).toList();
    }

    @Override
    public void close() {
        setCurrentInstance(null);
    }

    @Override
    public Application getApplication() {
        return new ApplicationWrapper(null) {
            @Override
            public ResourceBundle getResourceBundle(FacesContext context, String name) {
                // As faces-config.xml declares it; no fallback to the JVM's own language, which is not the user's.
                return "msg".equals(name) ? ResourceBundle.getBundle("org.helpdesk.web.messages", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        : null;
            }
        };
    }

    @Override
    public ExternalContext getExternalContext() {
        return new ExternalContextWrapper(null) {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public Locale getRequestLocale() {
                return locale;
            }

            @Override
            public Map<String, Object> getRequestMap() {
                return requestAttributes;
            }
        };
    }

    @Override
    public PartialViewContext getPartialViewContext() {
        return new PartialViewContextWrapper(null) {
            @Override
            public List<String> getEvalScripts() {
                return scripts;
            }
        };
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
        messages.add(message);
    }

    /** A container that knows one bean: {@code CDI.current().select(Formats.class).get()}. */
    private static final class FormatsOnly extends CDI<Object> {

        @Override
        @SuppressWarnings("unchecked")
        public <U> Instance<U> select(Class<U> type, Annotation... qualifiers) {
            if (type != Formats.class) {
                throw new UnsupportedOperationException("no bean " + type.getName() + " in this test");
            }
            return (Instance<U>) (Instance<?>) this;
        }

        @Override
        public Object get() {
            return formats();
        }

        @Override
        public BeanManager getBeanManager() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instance<Object> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U> Instance<U> select(TypeLiteral<U> type, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return false;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public void destroy(Object instance) {
        }

        @Override
        public Handle<Object> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<Object>> handles() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<Object> iterator() {
            return List.of(get()).iterator();
        }
    }
}
