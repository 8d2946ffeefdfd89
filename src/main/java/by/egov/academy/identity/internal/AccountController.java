package by.egov.academy.identity.internal;

import java.util.Locale;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.TerritoryCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

    record PasswordChangeCommand(
            @NotBlank String currentPassword,
            @NotBlank @Size(min = 10, max = 200) String newPassword,
            @NotBlank String confirmPassword) {
    }

    /** Serializable: after a refusal it travels to the next page as a flash attribute, in the session kept in PostgreSQL. */
    record TokenCommand(@NotBlank @Size(max = 100) String name) implements java.io.Serializable {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CurrentUsers currentUsers;
    private final TerritoryCatalog territories;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    AccountController(AccountRepository accounts, PasswordEncoder encoder, CurrentUsers currentUsers,
                      TerritoryCatalog territories) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.currentUsers = currentUsers;
        this.territories = territories;
    }

    @GetMapping("/login")
    String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String blocked, Model model,
                 HttpServletResponse response) {
        if (blocked != null) {
            // the throttle sent the sign-in back: say so, and for how long (a number, whatever the address says)
            int minutes = blocked.matches("\\d{1,3}") ? Integer.parseInt(blocked) : 15;
            model.addAttribute("blockedMinutes", minutes);
            response.setStatus(429);
        }
        return "identity/login";
    }

    @GetMapping("/account")
    String profile(Model model, Locale locale) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("account", accounts.findById(user.accountId()).orElseThrow());
        model.addAttribute("territory", user.territoryId() == null ? null
                : territories.find(user.territoryId(), locale).orElse(null));
        model.addAttribute("tokens", accounts.tokens(user.accountId()));
        if (!model.containsAttribute("tokenCommand")) {
            model.addAttribute("tokenCommand", new TokenCommand(""));
        }
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("command", new PasswordChangeCommand("", "", ""));
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("command") PasswordChangeCommand command, BindingResult errors,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        var row = accounts.findById(user.accountId()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword")
                && !encoder.matches(command.currentPassword(), row.passwordHash())) {
            errors.rejectValue("currentPassword", "account.password.wrong");
        }
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmPassword")
                && !command.newPassword().equals(command.confirmPassword())) {
            errors.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            PasswordPolicy.violation(row.username(), command.newPassword())
                    .ifPresent(code -> errors.rejectValue("newPassword", code));
        }
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("currentPassword")
                && command.newPassword().equals(command.currentPassword())) {
            errors.rejectValue("newPassword", "account.password.same");
        }
        if (errors.hasErrors()) {
            return "identity/password";
        }
        accounts.updatePassword(user.accountId(), encoder.encode(command.newPassword()));
        var principal = AccountPrincipal.of(accounts.findById(user.accountId()).orElseThrow()).withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenCommand") TokenCommand command, BindingResult errors,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("org.springframework.validation.BindingResult.tokenCommand", errors);
            redirect.addFlashAttribute("tokenCommand", command);
            return "redirect:/account";
        }
        String token = ApiTokens.newToken();
        accounts.insertToken(currentUsers.require().accountId(), command.name().strip(), ApiTokens.hash(token));
        redirect.addFlashAttribute("newToken", token);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/delete")
    String deleteToken(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            var token = accounts.tokens(currentUsers.require().accountId()).stream().filter(t -> t.id() == id).findFirst();
            if (token.isPresent()) { // someone else's or an unknown token: nothing to confirm, nothing deleted below
                return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.token.title", token.get().name(),
                        "/account", new by.egov.academy.platform.Confirmation.Line("confirm.token.consequence"),
                        new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
            }
        }
        accounts.deleteToken(currentUsers.require().accountId(), id);
        redirect.addFlashAttribute("flash", "account.token.deleted");
        return "redirect:/account";
    }
}
