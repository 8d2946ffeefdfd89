package by.egov.academy.identity.internal;

import java.util.Locale;

import by.egov.academy.identity.Role;
import by.egov.academy.identity.TerritoryCatalog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme office creates the accounts of coordinators, site operators and experts. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    record AccountCommand(
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._-]*$") String username,
            @NotBlank @Size(max = 200) String displayName,
            @Size(max = 254) @Email String email,
            @NotNull Role role,
            Long territoryId,
            @NotBlank @Size(min = 10, max = 200) String initialPassword) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TerritoryCatalog territories;

    AccountAdminController(AccountRepository accounts, PasswordEncoder encoder, TerritoryCatalog territories) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.territories = territories;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", new AccountCommand("", "", "", Role.REGIONAL_COORDINATOR, null, ""));
        }
        return page(model, locale);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("command") AccountCommand command, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect) {
        errors = by.egov.academy.platform.FormBinding.rebind(command, errors, model);
        Long territoryId = command.territoryId();
        if (command.role() != null && !errors.hasFieldErrors("territoryId")) {
            var unit = territoryId == null ? null : territories.find(territoryId, locale).orElse(null);
            if (command.role() == Role.REGIONAL_COORDINATOR
                    && (unit == null || !(unit.level().equals("OBLAST") || unit.level().equals("CITY_OF_REPUBLIC")))) {
                errors.rejectValue("territoryId", "account.admin.needsRegion");
            } else if (command.role() == Role.SITE_OPERATOR
                    && (unit == null || !(unit.level().equals("DISTRICT") || unit.level().equals("CITY_DISTRICT")))) {
                errors.rejectValue("territoryId", "account.admin.needsDistrict");
            } else if (!command.role().boundToTerritory()) {
                territoryId = null;
            }
        }
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(command.username())) {
            errors.rejectValue("username", "account.admin.usernameTaken");
        }
        if (!errors.hasFieldErrors("initialPassword")) {
            BindingResult result = errors;
            PasswordPolicy.violation(command.username(), command.initialPassword())
                    .ifPresent(code -> result.rejectValue("initialPassword", code));
        }
        if (errors.hasErrors()) {
            return page(model, locale);
        }
        try {
            accounts.insert(command.username(), encoder.encode(command.initialPassword()), command.displayName().strip(),
                    command.email() == null || command.email().isBlank() ? null : command.email().strip(),
                    command.role().name(), territoryId, true);
        } catch (DuplicateKeyException e) {
            errors.rejectValue("username", "account.admin.usernameTaken");
            return page(model, locale);
        }
        redirect.addFlashAttribute("flash", "account.admin.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/enabled")
    String toggle(@PathVariable long id, RedirectAttributes redirect) {
        var account = accounts.findById(id)
                .orElseThrow(() -> by.egov.academy.platform.DomainException.notFound("account.admin.notFound", id));
        if (account.username().equals("admin")) {
            // the last way in must not be locked by a slip of the mouse
            by.egov.academy.platform.Flash.error(redirect, "account.admin.adminStays");
            return "redirect:/admin/accounts";
        }
        accounts.setEnabled(id, !account.enabled());
        redirect.addFlashAttribute("flash", "account.admin.saved");
        return "redirect:/admin/accounts";
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("accounts", accounts.findAll());
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", territories.regions(locale));
        model.addAttribute("districts", territories.districts(locale));
        model.addAttribute("territoryNames", territoryNames(locale));
        return "identity/accounts";
    }

    private java.util.Map<Long, String> territoryNames(Locale locale) {
        var map = new java.util.HashMap<Long, String>();
        territories.regions(locale).forEach(u -> map.put(u.id(), u.name()));
        territories.districts(locale).forEach(u -> map.put(u.id(), u.name()));
        return map;
    }
}
