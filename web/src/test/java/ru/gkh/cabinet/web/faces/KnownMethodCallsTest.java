package ru.gkh.cabinet.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KnownMethodCallsTest {

    public record Card(String number, BigDecimal balance) {
        public boolean debt() {
            return balance.signum() > 0;
        }
    }

    public static class Format {
        public String money(BigDecimal amount) {
            return amount.setScale(2).toPlainString().replace('.', ',');
        }

        public String volume(BigDecimal v) {
            return v.toPlainString();
        }

        public String volume(BigDecimal v, int digits) {
            return v.setScale(digits).toPlainString();
        }

        public String rate(BigDecimal r) {
            return "decimal " + r;
        }

        public String rate(String r) {
            return "text " + r;
        }

        public String refuse(String why) {
            throw new IllegalStateException(why);
        }
    }

    private final KnownMethodCalls calls = new KnownMethodCalls();

    private ELContext context() {
        return new StandardELContext(ExpressionFactory.newInstance());
    }

    private ELProcessor processor() {
        ELProcessor el = new ELProcessor();
        el.getELManager().addELResolver(calls);
        el.defineBean("s", new Card("100200300", new BigDecimal("1520.5")));
        el.defineBean("fmt", new Format());
        return el;
    }

    @Test
    void callsARecordsAccessorAndSaysItDid() {
        ELContext context = context();
        Card card = new Card("100200300", BigDecimal.TEN);
        assertEquals("100200300", calls.invoke(context, card, "number", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals(Boolean.TRUE, calls.invoke(context, card, "debt", null, null));
    }

    @Test
    void coercesArgumentsByTheElRules() {
        ELContext context = context();
        assertEquals("7,00", calls.invoke(context, new Format(), "money", null, new Object[] {7L}));
        assertEquals("1520,50", processor().eval("fmt.money(s.balance())"));
        assertEquals("1 0 1", processor().eval("s.debt() ? '1' : '0'") + " " + processor().eval("fmt.volume(0)") + " "
                + processor().eval("s.number().length() gt 8 ? 1 : 0"));
    }

    @Test
    void theMethodsOwnFailureReachesThePage() {
        ELException e = assertThrows(ELException.class, () -> calls.invoke(context(), new Format(), "refuse", null, new Object[] {"нет"}));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("нет", e.getCause().getMessage());
    }

    @Test
    void leavesOverloadsOtherClassesAndActionsToTheStandardResolvers() {
        ELContext context = context();
        assertNull(calls.invoke(context, new Format(), "rate", null, new Object[] {BigDecimal.ONE}));
        assertFalse(context.isPropertyResolved());
        assertNull(calls.invoke(context, "строка", "length", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        assertNull(calls.invoke(context, new Format(), "money", new Class<?>[] {BigDecimal.class}, new Object[] {BigDecimal.ONE}));
        assertFalse(context.isPropertyResolved());
        assertNull(calls.invoke(context, new Format(), "absent", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        // and the standard resolver still answers them
        assertEquals("text 1.5", processor().eval("fmt.rate('1.5')"));
        // an overload of another arity is not ambiguous
        assertEquals("1", calls.invoke(context, new Format(), "volume", null, new Object[] {BigDecimal.ONE}));
        assertEquals("1.50", calls.invoke(context, new Format(), "volume", null, new Object[] {1.5, 2L}));
    }
}
