package org.rapport.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.rapport.platform.BundleKey;
import org.rapport.platform.BusinessException;

/** The one way screens put a message on the page, in the words of the resource bundle. */
public final class Messages {

    private static final String BUNDLE = "org.rapport.i18n.messages";

    private Messages() {
    }

    /** Shows what the business rule said, next to {@code clientId} (or at the top when {@code null}). */
    public static void error(String clientId, BusinessException refused) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(refused.getMessageKey(), (Object[]) refused.getArguments()));
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] shown = arguments.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof BundleKey nested) {
                    shown[i] = text(nested.key());
                }
            }
            return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
