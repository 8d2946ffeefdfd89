package by.egov.academy.platform;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * When a form value cannot be converted (text in a number field), Spring still builds the command
 * record with null there but leaves the binding result without a target, and the form could not be
 * shown again. This puts the command back as the target, keeping every error and rejected value, so
 * the page shows what the user typed with the messages.
 */
public final class FormBinding {

    private FormBinding() {
    }

    public static BindingResult rebind(Object command, BindingResult errors, Model model) {
        if (errors.getTarget() != null || command == null) {
            return errors;
        }
        BeanPropertyBindingResult fixed = new BeanPropertyBindingResult(command, errors.getObjectName());
        fixed.addAllErrors(errors);
        // the model holds null under the command's name too; the object first, since replacing it
        // drops the binding result that belonged to the old one
        model.addAttribute(errors.getObjectName(), command);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), fixed);
        return fixed;
    }
}
