package dev.accord.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A choice from a form's select: exactly the name of one of the enum's constants;
 * {@code null} passes (leave it to {@code @NotNull}).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumName.Validator.class)
public @interface EnumName {

	/** The enum whose constant names are the options. */
	Class<? extends Enum<?>> value();

	String message() default "{validation.choose}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a string against the enum's constant names. */
	class Validator implements ConstraintValidator<EnumName, String> {

		private Enum<?>[] constants;

		@Override
		public void initialize(EnumName annotation) {
			this.constants = annotation.value().getEnumConstants();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Arrays.stream(this.constants).anyMatch((c) -> c.name().equals(value));
		}

	}

}
