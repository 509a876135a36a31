package org.rapport.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rapport.platform.PageRequest;

/**
 * A PrimeFaces lazy table model that hands paging and sorting to a service, so the database does the work: one
 * count query and one page query per table render. The sort field is passed on as a key for the service's own
 * whitelist; filters live on the backing bean and reach the service through the given functions.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How a page of rows is fetched; serializable because view-scoped beans are. */
    public interface PageSource<T> extends Function<PageRequest, List<T>>, Serializable {
    }

    /** How the rows are counted. */
    public interface CountSource extends ToLongFunction<Void>, Serializable {
    }

    /** How a row is identified (for selection and row keys). */
    public interface KeySource<T> extends Function<T, Object>, Serializable {
    }

    private final CountSource count;
    private final PageSource<T> page;
    private final KeySource<T> key;

    public PagedModel(CountSource count, PageSource<T> page, KeySource<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.applyAsLong(null));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return page.apply(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, null));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        // Rows are not selectable; nothing is looked up by key.
        return null;
    }
}
