package dev.accord.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/** A new password that meets the {@link PasswordPolicy}; null is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = {})
@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPassword {

	String message() default "{" + PasswordPolicy.LENGTH_MESSAGE + "}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
