package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void searchTextCannotWidenTheLikePattern() {
        assertEquals("%100\\%\\_x\\\\%", Like.containing(" 100%_x\\ "));
    }
}
