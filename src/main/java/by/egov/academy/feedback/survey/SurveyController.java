package by.egov.academy.feedback.survey;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.platform.FormBinding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' survey page: the questions, their texts and order, named or anonymous, when it goes out. */
@Controller
class SurveyController {

    private final SurveyService service;

    SurveyController(SurveyService service) {
        this.service = service;
    }

    private static String back(long id) {
        return "redirect:/manage/seminars/" + id + "/survey";
    }

    /** Opening the page changes nothing: a seminar without a survey gets a button that makes it from the template. */
    @GetMapping("/manage/seminars/{id}/survey")
    String show(@PathVariable long id, Model model) {
        if (service.existing(id).isEmpty()) {
            model.addAttribute("seminar", service.manageable(id));
            return "feedback/new-survey";
        }
        Survey survey = service.survey(id);
        model.addAttribute("settings", new SettingsCommand(survey.anonymous(), SurveyService.minsk(survey.sendAt())));
        model.addAttribute("newQuestion", new NewQuestionCommand(NewQuestionCommand.Answer.SCALE, null, null, null, false));
        return page(id, model);
    }

    private String page(long id, Model model) {
        model.addAttribute("seminar", service.manageable(id));
        Survey survey = service.survey(id);
        model.addAttribute("survey", survey);
        model.addAttribute("questions", service.questions(survey.id()));
        return "feedback/manage-survey";
    }

    /** A refusal of one field goes back onto the form; anything else is a message on the page after a redirect. */
    private String refused(DomainException e, BindingResult errors, long id, RedirectAttributes redirect) {
        if (errors != null && e.field() != null && e.status().value() == 422) {
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return null;
        }
        if (e.status().value() == 404) {
            throw e;
        }
        Flash.error(redirect, e);
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/survey/settings")
    String settings(@PathVariable long id, @ModelAttribute("settings") SettingsCommand command, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        if (!errors.hasErrors()) {
            try {
                service.settings(id, command);
                redirect.addFlashAttribute("flash", "survey.settings.saved");
                return back(id);
            } catch (DomainException e) {
                String to = refused(e, errors, id, redirect);
                if (to != null) {
                    return to;
                }
            }
        }
        model.addAttribute("newQuestion", new NewQuestionCommand(NewQuestionCommand.Answer.SCALE, null, null, null, false));
        return page(id, model);
    }

    @PostMapping("/manage/seminars/{id}/survey/questions")
    String add(@PathVariable long id, @ModelAttribute("newQuestion") NewQuestionCommand command, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        if (!errors.hasErrors()) {
            try {
                service.add(id, command);
                redirect.addFlashAttribute("flash", "survey.question.added");
                return back(id);
            } catch (DomainException e) {
                String to = refused(e, errors, id, redirect);
                if (to != null) {
                    return to;
                }
            }
        }
        Survey survey = service.survey(id);
        model.addAttribute("settings", new SettingsCommand(survey.anonymous(), SurveyService.minsk(survey.sendAt())));
        return page(id, model);
    }

    @GetMapping("/manage/seminars/{id}/survey/questions/{questionId}")
    String question(@PathVariable long id, @PathVariable long questionId, Model model) {
        Question q = service.question(id, questionId);
        model.addAttribute("command", new QuestionCommand(q.textRu(), q.textBe(), q.textEn(), q.required()));
        return questionPage(id, q, model);
    }

    private String questionPage(long id, Question q, Model model) {
        model.addAttribute("seminar", service.manageable(id));
        model.addAttribute("survey", service.survey(id));
        model.addAttribute("question", q);
        return "feedback/question";
    }

    @PostMapping("/manage/seminars/{id}/survey/questions/{questionId}")
    String edit(@PathVariable long id, @PathVariable long questionId, @ModelAttribute("command") QuestionCommand command,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Question q = service.question(id, questionId);
        errors = FormBinding.rebind(command, errors, model);
        if (!errors.hasErrors()) {
            try {
                service.edit(id, questionId, command);
                redirect.addFlashAttribute("flash", "survey.question.saved");
                return back(id);
            } catch (DomainException e) {
                String to = refused(e, errors, id, redirect);
                if (to != null) {
                    return to;
                }
            }
        }
        return questionPage(id, q, model);
    }

    @PostMapping("/manage/seminars/{id}/survey/questions/{questionId}/move")
    String move(@PathVariable long id, @PathVariable long questionId, @RequestParam(required = false) String direction,
                RedirectAttributes redirect) {
        if (!"up".equals(direction) && !"down".equals(direction)) {
            service.question(id, questionId);
            Flash.error(redirect, "survey.question.direction");
            return back(id);
        }
        try {
            service.move(id, questionId, "up".equals(direction));
        } catch (DomainException e) {
            refused(e, null, id, redirect);
        }
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/survey/questions/{questionId}/delete")
    String delete(@PathVariable long id, @PathVariable long questionId, jakarta.servlet.http.HttpServletRequest request,
                  org.springframework.ui.Model model, java.util.Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Survey survey = service.survey(id);
            var question = service.questions(survey.id()).stream().filter(q -> q.id() == questionId).findFirst();
            if (question.isPresent() && question.get().kind().custom()) {
                return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.question.title", question.get().text(locale),
                        "/manage/seminars/" + id + "/survey", new by.egov.academy.platform.Confirmation.Line("confirm.question.consequence"));
            }
        }
        try {
            service.remove(id, questionId);
            redirect.addFlashAttribute("flash", "survey.question.removed");
        } catch (DomainException e) {
            refused(e, null, id, redirect);
        }
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/survey")
    String create(@PathVariable long id) {
        service.survey(id);
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/survey/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int queued = service.sendNow(id);
            redirect.addFlashAttribute("flash", "survey.sent");
            redirect.addFlashAttribute("flashArgs", new Object[]{String.valueOf(queued)});
        } catch (DomainException e) {
            refused(e, null, id, redirect);
        }
        return back(id);
    }
}
