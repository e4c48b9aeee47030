# av_mlp: the 2017 article's R code as it is printed, its `=` assignments, its comments, its
# names and its order of statements, unindented, inside train(); the article's variable
# initialization block kept, its sizes read off the given weights. The biases stay the
# 1 x h and 1 x 1 rows they are given as and reach every sample's row by indexing with R's
# col(): bh[c(col(M))] is, for each element of the n x h matrix M, the bias of its column (its
# hidden unit), in M's column-major order, so that adding it to M lays it out as M is (c()
# makes the index matrix col(M) a plain vector of column numbers). They are moved by
# colSums() of the deltas, where the article has rowSums(). The epoch's loss is stored right after E, as the half mean of the
# squared errors, sum(E^2)/(2*nrow(E)).

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
Y=y
# variable initialization
epoch=epochs
inputlayer_neurons=ncol(X)
hiddenlayer_neurons=ncol(wh)
output_neurons=ncol(wout)
loss=numeric(epoch)
for(i in seq_len(epoch)){
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1+bh[c(col(hidden_layer_input1))]
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+bout[c(col(output_layer_input1))]
output= sigmoid(output_layer_input)
# Back Propagation
E=Y-output
loss[i]=sum(E^2)/(2*nrow(E))
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=wout%*%t(d_output)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+colSums(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + colSums(d_hiddenlayer)*lr
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
hidden_layer_input1=X%*%wh
hidden_layer_activations=sigmoid(hidden_layer_input1+bh[c(col(hidden_layer_input1))])
output_layer_input1=hidden_layer_activations%*%wout
sigmoid(output_layer_input1+bout[c(col(output_layer_input1))])
}
