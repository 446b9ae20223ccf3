package synthlex.timing;

import java.time.LocalDate;

/**
 * One State Council notice on the year's holidays, as cited in
 * {@code rules/sources/calendar/prc-holidays.yaml}: the annual 国务院办公厅关于XXXX年部分节假日安排的通知,
 * or a later notice that changes it (2019 Labour Day, the 2020 Spring Festival extension).
 *
 * @param year           the year whose holidays it arranges
 * @param title          the title in Chinese
 * @param documentNumber e.g. 国办发明电〔2025〕7号; null where it could not be confirmed
 * @param issued         the date the notice is signed (落款日期)
 * @param url            the notice on www.gov.cn
 */
public record Notice(int year, String title, String documentNumber, LocalDate issued, String url) { }
