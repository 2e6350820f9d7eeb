package ru.gkh.cabinet.web.pub;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * A self-hosted captcha for the forms robots push: five characters drawn with noise ({@link #image()}), or for people
 * who cannot read it, a question in words ("Сколько будет семь плюс пять?"). Each challenge answers one check and is
 * then replaced, so a robot cannot try many answers against one picture.
 */
@Named
@SessionScoped
public class Captcha implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String[] WORDS = {"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private String code;
    private String question;
    private String answer;
    private boolean textMode;
    private int version;

    public Captcha() {
        challenge();
    }

    /** A new picture and a new question. */
    public void renew() {
        challenge();
    }

    private void challenge() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        code = s.toString();
        version++;
        int a = 1 + RANDOM.nextInt(9);
        int b = 1 + RANDOM.nextInt(9);
        question = "Сколько будет " + WORDS[a] + " плюс " + WORDS[b] + "? Ответ — цифрами.";
        answer = String.valueOf(a + b);
    }

    /** Whether the answer solves the current challenge; either way the challenge is used up. */
    public boolean check(String input) {
        String expected = textMode ? answer : code;
        boolean ok = input != null && input.strip().toUpperCase(Locale.ROOT).equals(expected);
        renew();
        return ok;
    }

    /** Whether the answer solves the current question in words (the sign-in page asks only that); used up either way. */
    public boolean checkQuestion(String input) {
        boolean ok = input != null && input.strip().equals(answer);
        renew();
        return ok;
    }

    /** Switches to the question in words (the accessible alternative). */
    public void useText() {
        textMode = true;
        renew();
    }

    public boolean isTextMode() {
        return textMode;
    }

    /** Changes with every challenge, so the page's picture URL changes too and no cache shows an old one. */
    public int getVersion() {
        return version;
    }

    public String getQuestion() {
        return question;
    }

    /** The picture of the current code: distorted letters over lines and dots. */
    public BufferedImage image() {
        int w = 180;
        int h = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(245, 246, 248));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 8; i++) {
            g.setColor(new Color(120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100)));
            g.setStroke(new BasicStroke(1 + RANDOM.nextInt(2)));
            g.drawLine(RANDOM.nextInt(w), RANDOM.nextInt(h), RANDOM.nextInt(w), RANDOM.nextInt(h));
        }
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 34);
        for (int i = 0; i < code.length(); i++) {
            AffineTransform t = new AffineTransform();
            t.translate(14 + i * 32, 42 + RANDOM.nextInt(8) - 4);
            t.rotate((RANDOM.nextDouble() - 0.5) * 0.6);
            t.shear((RANDOM.nextDouble() - 0.5) * 0.4, 0);
            g.setFont(font.deriveFont(t));
            g.setColor(new Color(RANDOM.nextInt(90), RANDOM.nextInt(90), 60 + RANDOM.nextInt(100)));
            g.drawString(String.valueOf(code.charAt(i)), 0, 0);
        }
        for (int i = 0; i < 300; i++) {
            img.setRGB(RANDOM.nextInt(w), RANDOM.nextInt(h), RANDOM.nextInt(0xffffff));
        }
        g.dispose();
        return img;
    }
}
