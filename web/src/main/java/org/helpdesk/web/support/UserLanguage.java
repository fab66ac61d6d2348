package org.helpdesk.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A signed-in user's pages are in their language from the first phase of a request, not only once the page is
 * rendered ({@code <f:view locale>} takes effect when the view is built, which for a page opened by its address is
 * after its view action): so a message a view action adds (an unknown ticket in the address) is in their language
 * too. Before sign-in, and on the public questionnaire, the language is chosen as Faces does (the browser's), without
 * opening a session. Registered in faces-config.xml.
 */
public class UserLanguage extends ViewHandlerWrapper {

    public UserLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getUserPrincipal() != null) {
            return CDI.current().select(UserSession.class).get().getLocale();
        }
        return super.calculateLocale(context);
    }
}
