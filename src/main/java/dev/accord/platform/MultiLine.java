package dev.accord.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A text field that may span lines: see {@link PlainText#isMultiLine(String)}; {@code null} passes. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MultiLine.Validator.class)
public @interface MultiLine {

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a string. */
	class Validator implements ConstraintValidator<MultiLine, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return PlainText.isMultiLine(value);
		}

	}

}
