package com.yiti.setup.internal;

import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.setup.CompanyData;
import com.yiti.setup.CompanyImage;
import com.yiti.setup.CompanySetup;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's profile, with a logo and a round red seal drawn here (no image files to license), so the demo
 * prints real documents. Runs once: a saved profile is left alone.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class SetupDemoData implements ApplicationRunner {

    private final CompanySetup company;

    SetupDemoData(CompanySetup company) {
        this.company = company;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (company.profile().configured()) {
            return;
        }
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            company.save(
                    new CompanyData(
                            "上海一体自动化设备有限公司",
                            "Shanghai Yiti Automation Equipment Co., Ltd.",
                            "91310115MA1K4YT0X8",
                            "上海市浦东新区张江路 88 号 88 Zhangjiang Rd, Pudong, Shanghai 201203",
                            "021-5080 8800",
                            "招商银行上海张江支行 China Merchants Bank, Shanghai Zhangjiang",
                            "1219 0888 0010 888",
                            "CNY"),
                    0);
            company.storeImage(CompanyImage.Kind.LOGO, png(logo()));
            company.storeImage(CompanyImage.Kind.SEAL, png(seal()));
            return null;
        });
    }

    /** A blue tile with a white "Y" of three strokes beside three bars: shapes only, so no font is needed. */
    private static BufferedImage logo() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0D, 0x6E, 0xFD));
        g.fillRoundRect(4, 8, 64, 64, 16, 16);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(20, 22, 36, 40);
        g.drawLine(52, 22, 36, 40);
        g.drawLine(36, 40, 36, 60);
        g.setColor(new Color(0x21, 0x25, 0x29));
        for (int i = 0; i < 3; i++) {
            g.fillRoundRect(84, 18 + i * 18, 140 - i * 30, 10, 6, 6);
        }
        g.dispose();
        return image;
    }

    /** A round seal: red ring and five-pointed star, as a 公章 is laid out (the text ring left to the real one). */
    private static BufferedImage seal() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color red = new Color(0xD0, 0x1F, 0x1F, 0xE0);
        g.setColor(red);
        g.setStroke(new BasicStroke(8));
        g.drawOval(8, 8, 184, 184);
        g.setStroke(new BasicStroke(2));
        g.drawOval(24, 24, 152, 152);
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 42 : 17;
            double a = Math.PI / 2 + i * Math.PI / 5;
            star.addPoint((int) Math.round(100 + r * Math.cos(a)), (int) Math.round(100 - r * Math.sin(a)));
        }
        g.fillPolygon(star);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
