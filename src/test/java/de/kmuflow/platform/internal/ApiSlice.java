package de.kmuflow.platform.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import de.kmuflow.platform.Groups;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of one API controller needs besides it: kmu-flow's own security rules
 * (who may call what, 401 for programs without a login, the German refusal) rather than Boot's default.
 * The API's error answers ({@link ApiErrorHandler}) come with the slice, as every controller advice does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(SecurityConfiguration.class)
public @interface ApiSlice {

	/** The refusal of a logged-in user without the right. */
	String NOT_ALLOWED = "Dafür fehlt Ihnen die Berechtigung.";

	/** The answer to a request body that is no JSON or has a value of the wrong form. */
	String UNREADABLE_BODY = ApiErrorHandler.UNREADABLE_BODY;

	/** Followed by a group's id ({@link Groups}): the authority a member of that group gets at login. */
	String GROUP = CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX;
}
