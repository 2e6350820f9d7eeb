package ru.gkh.cabinet.web.pub;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.imageio.ImageIO;

/** The current captcha picture of the visitor's session, never cached. */
@WebServlet("/captcha.png")
public class CaptchaImage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Captcha captcha;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        ImageIO.write(captcha.image(), "png", response.getOutputStream());
    }
}
