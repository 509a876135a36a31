package org.rapport.meetings.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.NamePermission;

/**
 * The choices for what a connector said about a referral, shared by meeting mode's name capture and the referrals
 * page: "may I use your name?" and how the first contact happens.
 */
@Named
@ApplicationScoped
public class ReferralTermChoices {

    private static final List<NamePermission> PERMISSIONS = List.of(NamePermission.values());
    private static final List<ContactRoute> ROUTES = List.of(ContactRoute.values());

    public List<NamePermission> getPermissions() {
        return PERMISSIONS;
    }

    public List<ContactRoute> getRoutes() {
        return ROUTES;
    }
}
