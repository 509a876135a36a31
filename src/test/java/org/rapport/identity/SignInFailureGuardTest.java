package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SignInFailureGuardTest {

    @Test
    void anUnreachableProviderIsRecognisedThroughWrappers() {
        assertTrue(SignInFailureGuard.providerUnreachable(
                new RuntimeException("jakarta.ws.rs.ProcessingException", new ConnectException("refused"))));
        assertFalse(SignInFailureGuard.providerUnreachable(new NoSuchElementException("No value present")));
    }
}
