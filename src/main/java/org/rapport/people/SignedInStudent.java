package org.rapport.people;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed-in student's record reference, looked up once per request: a dashboard asks several features for the
 * student's lists, and the answer cannot change within the request.
 */
@RequestScoped
public class SignedInStudent {

    private Optional<StudentRef> ref;

    Optional<StudentRef> resolve(Supplier<Optional<StudentRef>> lookup) {
        if (ref == null) {
            ref = lookup.get();
        }
        return ref;
    }
}
