package dev.accord.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.accord.shared.EmailAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An email address as {@link EmailAddress#isValid(String)} accepts it (length counted after
 * trimming), as one violation; {@code null} passes (leave it to {@code @NotNull}).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmail.Validator.class)
public @interface ValidEmail {

	String message() default "{validation.email}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a string. */
	class Validator implements ConstraintValidator<ValidEmail, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || EmailAddress.isValid(value);
		}

	}

}
