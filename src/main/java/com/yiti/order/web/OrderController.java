package com.yiti.order.web;

import com.yiti.order.LineView;
import com.yiti.order.OrderFilter;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.order.TimelineEntry;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Orders: "My orders" (the rep's scope), drafts with lines, confirmation, cancellation, and the order page whose
 * status, lines, shipments and timeline refresh themselves while it is open.
 */
@Controller
@RequestMapping("/orders")
class OrderController {

    private final OrderManagement orders;
    private final FormChoices choices;
    private final UserDirectory directory;
    private final OrdersPanel panel;
    private final com.yiti.customer.CustomerManagement customers;
    private final com.yiti.order.FulfilmentManagement fulfilment;

    private final com.yiti.order.OrderApprovals approvals;
    private final com.yiti.order.OrderRows rows;
    private final com.yiti.contract.ContractManagement contracts;
    private final com.yiti.order.CreditHolds creditHolds;

    OrderController(
            OrderManagement orders,
            com.yiti.order.FulfilmentManagement fulfilment,
            FormChoices choices,
            UserDirectory directory,
            OrdersPanel panel,
            com.yiti.customer.CustomerManagement customers,
            com.yiti.order.OrderApprovals approvals,
            com.yiti.order.OrderRows rows,
            com.yiti.contract.ContractManagement contracts,
            com.yiti.order.CreditHolds creditHolds) {
        this.creditHolds = creditHolds;
        this.contracts = contracts;
        this.approvals = approvals;
        this.rows = rows;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.choices = choices;
        this.directory = directory;
        this.panel = panel;
        this.customers = customers;
    }

    @ModelAttribute("statuses")
    OrderStatus[] statuses() {
        return OrderStatus.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        OrderFilter filter = new OrderFilter(q, status, customerId, ownerId);
        model.addAttribute("filter", filter);
        model.addAttribute("owners", directory.visibleOwners(directory.require()));
        var found = orders.search(filter, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id"))));
        model.addAttribute("orders", found);
        model.addAttribute("latest", orders.latestSteps(found.getContent()));
        return Htmx.view(request, "order/orders", "results");
    }

    /** The order list as filtered, as CSV or Excel (streamed page by page, in the reader's scope). */
    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long ownerId,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        OrderFilter filter = new OrderFilter(q, status, customerId, ownerId);
        com.yiti.shared.CsvExport.write(
                response,
                com.yiti.shared.CsvExport.Format.ofPath(request.getRequestURI()),
                "orders",
                java.util.List.of(
                        "number",
                        "customer",
                        "owner",
                        "status",
                        "promised_date",
                        "net",
                        "tax",
                        "gross",
                        "confirmed_at",
                        "currency"),
                Sort.by(Sort.Order.desc("id")),
                pageable -> rows.rows(filter, pageable),
                com.yiti.order.OrderRow::id,
                o -> com.yiti.shared.CsvExport.row(
                        o.number(),
                        o.customerName(),
                        o.ownerName(),
                        o.status(),
                        o.promisedDate(),
                        o.netTotal(),
                        o.taxTotal(),
                        o.grossTotal(),
                        o.confirmedAt(),
                        o.currency()));
    }

    /** The customer 360 panel on its own, for its periodic refresh. */
    @GetMapping("/customer-panel")
    String customerPanel(@RequestParam long customerId, Model model) {
        var customer = customers.get(customerId);
        model.addAllAttributes(panel.model(customerId, directory.require()));
        model.addAttribute("canWrite", choices.canWrite(customer.ownerId()));
        return "order/panels :: orders";
    }

    @GetMapping("/new")
    String newForm(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long contractId,
            Model model) {
        OrderForm form = new OrderForm();
        form.setCustomerId(customerId);
        form.setContractId(contractId);
        form.setClientKey(UUID.randomUUID().toString());
        model.addAttribute("form", form);
        return headerForm(model, null);
    }

    /** A double click or a resubmitted form carries the same client key and lands on the same order. */
    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OrderForm form, BindingResult result, Model model) {
        Optional<OrderView> created = FormSubmission.submit(result, () -> orders.create(form.toData()));
        return created.map(o -> "redirect:/orders/" + o.id()).orElseGet(() -> headerForm(model, null));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        OrderView o = orders.get(id);
        LineForm lineForm = new LineForm();
        lineForm.setVersion(o.version());
        model.addAttribute("lineForm", lineForm);
        return detail(model, o);
    }

    /**
     * The live part of the order page (status, lines, shipments, timeline), polled by htmx while the page is open:
     * answers 204 (nothing to swap) while nothing new happened since the entry the page shows last.
     */
    @GetMapping("/{id}/live")
    String live(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long after,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        // the poll of every open order page: one indexed query when nothing happened
        if (after > 0 && orders.timeline(id, after).isEmpty()) {
            response.setStatus(204);
            return null;
        }
        liveModel(model, orders.get(id));
        return "order/order :: live";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        OrderView o = orders.get(id);
        model.addAttribute("form", OrderForm.of(o));
        return headerForm(model, o);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setClientKey(null);
        if (FormSubmission.run(result, () -> orders.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "order.saved");
            return "redirect:/orders/" + id;
        }
        return headerForm(model, orders.get(id));
    }

    @PostMapping("/{id}/lines")
    String addLine(
            @PathVariable long id,
            @Valid @ModelAttribute("lineForm") LineForm lineForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> orders.addLine(id, lineForm.getVersion(), lineForm.toData()))) {
            redirect.addFlashAttribute("message", "document.lineAdded");
            return "redirect:/orders/" + id;
        }
        return detail(model, orders.get(id));
    }

    @GetMapping("/{id}/lines/{lineId}/edit")
    String editLineForm(@PathVariable long id, @PathVariable long lineId, Model model) {
        OrderView o = orders.get(id);
        LineView line = line(o, lineId);
        model.addAttribute("lineForm", LineForm.of(line, o.version()));
        return lineForm(model, o, line);
    }

    @PostMapping("/{id}/lines/{lineId}/edit")
    String editLine(
            @PathVariable long id,
            @PathVariable long lineId,
            @Valid @ModelAttribute("lineForm") LineForm lineForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> orders.changeLine(id, lineForm.getVersion(), lineId, lineForm.toData()))) {
            redirect.addFlashAttribute("message", "document.lineSaved");
            return "redirect:/orders/" + id;
        }
        OrderView o = orders.get(id);
        return lineForm(model, o, line(o, lineId));
    }

    @PostMapping("/{id}/lines/{lineId}/delete")
    String removeLine(
            @PathVariable long id, @PathVariable long lineId, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "document.lineRemoved", () -> orders.removeLine(id, version, lineId));
        return "redirect:/orders/" + id;
    }

    /** The page's one-time key makes a double click confirm once. */
    @PostMapping("/{id}/confirm")
    String confirm(
            @PathVariable long id, @RequestParam(required = false) String confirmKey, RedirectAttributes redirect) {
        OrderView result = Flash.submit(redirect, "order.confirmed", () -> orders.confirm(id, confirmKey));
        if (result != null && result.status() == OrderStatus.CREDIT_HOLD) {
            redirect.addFlashAttribute("message", "order.heldForCredit");
        }
        return "redirect:/orders/" + id;
    }

    /** A draft discounted above the threshold goes to the rep's sales manager before it can confirm. */
    @PostMapping("/{id}/request-approval")
    String requestApproval(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "quotation.approvalRequested", () -> approvals.requestApproval(id, version));
        return "redirect:/orders/" + id;
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam boolean approved,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                approved ? "quotation.approved" : "quotation.approvalRejected",
                () -> approvals.decide(id, approved, comment));
        return "redirect:/orders/" + id;
    }

    /** An order of services only: its rep records them as done, and finance invoices them. */
    @PostMapping("/{id}/services-done")
    String servicesDone(@PathVariable long id, RedirectAttributes redirect) {
        Flash.submit(redirect, "order.servicesRecorded", () -> fulfilment.completeServices(id));
        return "redirect:/orders/" + id;
    }

    @GetMapping("/{id}/cancel")
    String cancelForm(@PathVariable long id, Model model) {
        model.addAttribute("order", orders.get(id));
        model.addAttribute("form", new CancelForm());
        return "order/cancel";
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CancelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> orders.cancel(id, form.getReason()))) {
            redirect.addFlashAttribute("message", "order.cancelled");
            return "redirect:/orders/" + id;
        }
        model.addAttribute("order", orders.get(id));
        return "order/cancel";
    }

    private static LineView line(OrderView o, long lineId) {
        return o.lines().stream()
                .filter(l -> l.id() == lineId)
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("OrderLine", lineId));
    }

    /** What the live part of the order page shows: status, lines, shipments, timeline. */
    private void liveModel(Model model, OrderView o) {
        // a held order's credit release in its approval flow (read only while it is held)
        model.addAttribute(
                "releaseApprovals",
                o.status() == OrderStatus.CREDIT_HOLD ? creditHolds.releaseApprovals(o.id()) : java.util.List.of());

        List<TimelineEntry> timeline = orders.timeline(o.id(), 0);
        model.addAttribute("order", o);
        model.addAttribute("timeline", timeline);
        model.addAttribute(
                "lastEntry",
                timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).id());
        model.addAttribute("shipments", orders.shipments(o.id()));
        model.addAttribute("canWrite", choices.canWrite(o.ownerId()));
        model.addAttribute(
                "canApprove", o.approval() == com.yiti.order.Approval.PENDING && approvals.canApprove(o.id()));
        model.addAttribute(
                "orderApprovals",
                o.approval() == com.yiti.order.Approval.NOT_REQUIRED ? java.util.List.of() : approvals.history(o.id()));
    }

    private String detail(Model model, OrderView o) {
        liveModel(model, o);
        model.addAttribute("confirmKey", UUID.randomUUID().toString());
        choices.lines(model);
        return "order/order";
    }

    private String lineForm(Model model, OrderView o, LineView line) {
        model.addAttribute("document", o);
        model.addAttribute("line", line);
        model.addAttribute("action", "/orders/" + o.id() + "/lines/" + line.id() + "/edit");
        model.addAttribute("back", "/orders/" + o.id());
        choices.lines(model);
        return "order/line-form";
    }

    private String headerForm(Model model, OrderView o) {
        model.addAttribute("order", o);
        Object form = model.getAttribute("form");
        Long customerId = form instanceof OrderForm f ? f.getCustomerId() : null;
        // the customer's signed contracts an order may be placed under (the customer chosen first)
        model.addAttribute("contracts", customerId == null ? java.util.List.of() : contracts.openFor(customerId));
        choices.header(model, null);
        return "order/order-form";
    }
}
