package com.yiti.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printed documents as real PDF, built on the server from a Thymeleaf template (well-formed XHTML under
 * {@code templates/print/}) by openhtmltopdf. Fonts ship with the application ({@code resources/fonts}, licences in
 * its README): DejaVu Sans for Latin text with Droid Sans Fallback for Chinese, embedded as subsets, so the text is
 * selectable and reads the same everywhere. Templates use messages, {@code @fmt} and the variables given; they have
 * no request, so no {@code @{...}} links (images come as data URIs).
 */
@Service
public class PrintedDocuments {

    private static final String LATIN = "fonts/DejaVuSans.ttf";
    private static final String LATIN_BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final String CHINESE = "fonts/DroidSansFallbackFull.ttf";

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final Map<String, byte[]> fonts = new java.util.concurrent.ConcurrentHashMap<>();

    PrintedDocuments(
            ITemplateEngine templates,
            ApplicationContext context,
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService")
                    ConversionService conversions) {
        this.templates = templates;
        this.context = context;
        this.conversions = conversions;
    }

    /** The document as PDF bytes, its text in the given language. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context model = new Context(locale, variables);
        model.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        String xhtml = templates.process(template, model);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(LATIN), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(LATIN_BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font(CHINESE), "Droid Sans Fallback", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(CHINESE), "Droid Sans Fallback", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template, e);
        }
    }

    /** A font file, read from the classpath once and kept (4 MB for the Chinese one). */
    private InputStream font(String path) {
        byte[] bytes = fonts.computeIfAbsent(path, p -> {
            try (InputStream in = new org.springframework.core.io.ClassPathResource(p).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("missing font " + p, e);
            }
        });
        return new ByteArrayInputStream(bytes);
    }

    /** A printed document: its number (the file name) and the PDF. */
    public record Pdf(String number, byte[] content) {}

    /** Documents are dated in the company's zone (a quotation made at 01:00 Beijing time is dated that day). */
    public static java.time.LocalDate dateOf(java.time.Instant instant) {
        return instant.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    /** The language a document is printed in: {@code zh} or {@code en} as asked, else the reader's own. */
    public static Locale language(String lang) {
        if ("zh".equalsIgnoreCase(lang) || "zh-CN".equalsIgnoreCase(lang)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equalsIgnoreCase(lang)) {
            return Locale.ENGLISH;
        }
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    /** A PDF answer: shown in the browser, saved under the document's number. */
    public static org.springframework.http.ResponseEntity<byte[]> response(Pdf pdf) {
        return response(pdf.number(), pdf.content());
    }

    /** The same for a number and its bytes. */
    public static org.springframework.http.ResponseEntity<byte[]> response(String number, byte[] pdf) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.inline()
                                .filename(number + ".pdf")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    /** An image as a data URI for a template ({@code <img src="…"/>}). */
    public static String dataUri(String contentType, byte[] content) {
        return "data:" + contentType + ";base64,"
                + java.util.Base64.getEncoder().encodeToString(content);
    }
}
