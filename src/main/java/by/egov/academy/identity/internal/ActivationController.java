package by.egov.academy.identity.internal;

import by.egov.academy.platform.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personal link of an invited person: the token is the credential, so the page is public. */
@Controller
class ActivationController {

    record ActivationCommand(@NotBlank @Size(min = 10, max = 200) String newPassword, @NotBlank String confirmPassword) {
    }

    private final AccountActivationService activations;

    ActivationController(AccountActivationService activations) {
        this.activations = activations;
    }

    @GetMapping("/account/activate/{token}")
    String form(@PathVariable String token, Model model) {
        var account = activations.accountOf(token)
                .orElseThrow(() -> DomainException.notFound("account.activation.invalid"));
        model.addAttribute("username", account.username());
        model.addAttribute("token", token);
        model.addAttribute("command", new ActivationCommand("", ""));
        return "identity/activate";
    }

    @PostMapping("/account/activate/{token}")
    String activate(@PathVariable String token, @Valid @ModelAttribute("command") ActivationCommand command,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        var account = activations.accountOf(token)
                .orElseThrow(() -> DomainException.notFound("account.activation.invalid"));
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmPassword")
                && !command.newPassword().equals(command.confirmPassword())) {
            errors.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            PasswordPolicy.violation(account.username(), command.newPassword())
                    .ifPresent(code -> errors.rejectValue("newPassword", code));
        }
        if (errors.hasErrors()) {
            model.addAttribute("username", account.username());
            model.addAttribute("token", token);
            return "identity/activate";
        }
        if (!activations.setPassword(token, command.newPassword())) {
            // another request used the link a moment earlier
            throw DomainException.notFound("account.activation.invalid");
        }
        redirect.addFlashAttribute("flash", "account.activation.done");
        return "redirect:/login";
    }
}
