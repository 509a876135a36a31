package org.rapport.outreach.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.Placeholder;
import org.rapport.platform.web.Messages;

/**
 * The fixed choices of the templates page: kinds, channels, the placeholders advisors may write (each explained in
 * the bundle as {@code template.placeholder.<NAME>}), and the fictional sample values a preview is filled with
 * ({@code template.sample.<NAME>}).
 */
@Named
@ApplicationScoped
public class TemplateOptions {

    private static final List<MessageKind> KINDS = List.of(MessageKind.values());
    private static final List<MessageChannel> CHANNELS = List.of(MessageChannel.values());
    private static final List<Placeholder> PLACEHOLDERS = List.of(Placeholder.values());

    public List<MessageKind> getKinds() {
        return KINDS;
    }

    public List<MessageChannel> getChannels() {
        return CHANNELS;
    }

    public List<Placeholder> getPlaceholders() {
        return PLACEHOLDERS;
    }

    /** How a placeholder is written in a template, braces included. */
    public String written(Placeholder placeholder) {
        String token = placeholder.token();
        return token.startsWith("{") ? token : "{" + token + "}";
    }

    /** The sample connector's details, in the words of the bundle. */
    public Map<Placeholder, String> samples() {
        Map<Placeholder, String> samples = new EnumMap<>(Placeholder.class);
        for (Placeholder placeholder : PLACEHOLDERS) {
            samples.put(placeholder, Messages.text("template.sample." + placeholder.name()));
        }
        return samples;
    }
}
