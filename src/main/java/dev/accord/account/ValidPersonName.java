package dev.accord.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.accord.platform.SingleLine;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/**
 * A first or last name within {@link PersonName#MAX_LENGTH} on a single line, each broken rule with
 * its own message; null and blank are left to {@code @NotBlank} where a name is required.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = PersonName.MAX_LENGTH, message = "{validation.tooLong}")
@SingleLine
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPersonName {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
