package com.yiti.aftersales.web;

import com.yiti.aftersales.SatisfactionSurvey;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer's one-time satisfaction page: no sign-in, one answer per link, nothing else to see. */
@Controller
@RequestMapping("/csat")
class CsatController {

    private final SatisfactionSurvey survey;

    CsatController(SatisfactionSurvey survey) {
        this.survey = survey;
    }

    @GetMapping("/{token}")
    String form(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("subject", survey.subjectOf(token).orElse(null));
        return "aftersales/csat";
    }

    @PostMapping("/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment,
            Model model) {
        model.addAttribute("token", token);
        try {
            survey.answer(token, score, comment);
            model.addAttribute("thanks", true);
        } catch (RecordNotFoundException e) {
            model.addAttribute("subject", null);
        } catch (BusinessRuleException e) {
            model.addAttribute("subject", survey.subjectOf(token).orElse(null));
            model.addAttribute("flashError", e.code());
        }
        return "aftersales/csat";
    }
}
